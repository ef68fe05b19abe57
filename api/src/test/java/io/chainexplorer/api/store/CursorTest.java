package io.chainexplorer.api.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CursorTest {

  private static final String ADDRESS = "0x" + "ab".repeat(20);

  @Test
  void shouldDecodeWhatItEncodedWhenUsedWithTheSameListingAndAddress() {
    Cursor cursor =
        new Cursor(
            Listing.ADDRESS_TOKEN_TRANSFERS.name(), ADDRESS, 202612, List.of(7L, 3L, 0L, "in"));

    assertThat(Cursor.decode(cursor.encode(), Listing.ADDRESS_TOKEN_TRANSFERS, ADDRESS))
        .isEqualTo(cursor);
  }

  @Test
  void shouldRefuseACursorOfAnotherListingOrAddress() {
    String token =
        new Cursor(Listing.CONTRACT_EVENTS.name(), ADDRESS, 202612, List.of(7L, 3L)).encode();

    assertThatThrownBy(() -> Cursor.decode(token, Listing.TOKEN_TRANSFERS, ADDRESS))
        .isInstanceOf(InvalidCursorException.class);
    assertThatThrownBy(() -> Cursor.decode(token, Listing.CONTRACT_EVENTS, "0x" + "cd".repeat(20)))
        .isInstanceOf(InvalidCursorException.class);
  }

  @Test
  void shouldOrderPositionsAsTheTableClustersThem() {
    Listing listing = Listing.ADDRESS_TRANSACTIONS;
    List<Object> cursor = List.of(10L, 2L, "in");

    assertThat(Positions.after(listing, List.of(10L, 2L, "out"), cursor)).isTrue();
    assertThat(Positions.after(listing, List.of(10L, 1L, "in"), cursor)).isTrue();
    assertThat(Positions.after(listing, List.of(9L, 5L, "in"), cursor)).isTrue();
    assertThat(Positions.after(listing, List.of(10L, 2L, "in"), cursor)).isFalse();
    assertThat(Positions.after(listing, List.of(10L, 3L, "out"), cursor)).isFalse();
    assertThat(Positions.after(listing, List.of(11L, 0L, "in"), cursor)).isFalse();
  }

  @Test
  void shouldStepBackAcrossYearsWhenWalkingBuckets() {
    assertThat(Buckets.previous(202601)).isEqualTo(202512);
    assertThat(Buckets.previous(202612)).isEqualTo(202611);
    assertThat(Buckets.valid(202613)).isFalse();
  }
}
