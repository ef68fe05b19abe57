package io.chainexplorer.schemaguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SchemaCompatibilityGuardTest {

  private static final String WIDGET = "io.chainexplorer.fixture.Widget";
  private static final String COLOR = "io.chainexplorer.fixture.Color";

  static Path fixture(String name) {
    try {
      return Path.of(SchemaCompatibilityGuardTest.class.getResource("/compat/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CompatibilityReport checkVariant(String variant) {
    return SchemaCompatibilityGuard.check(fixture(variant), fixture("base"));
  }

  @Test
  void shouldPassWhenCurrentSchemasAreCheckedAgainstTheirRelease() {
    CompatibilityReport report =
        SchemaCompatibilityGuard.check(SchemasModule.CURRENT, SchemasModule.RELEASED);

    assertThat(report.problems()).isEmpty();
    assertThat(report.recordsChecked()).isGreaterThanOrEqualTo(13);
  }

  @Test
  void shouldPassWhenNothingChanged() {
    assertThat(checkVariant("base").isCompatible()).isTrue();
  }

  @Test
  void shouldPassWhenNullableFieldIsAddedWithDefault() {
    assertThat(checkVariant("added-nullable-field").problems()).isEmpty();
  }

  @Test
  void shouldPassWhenFieldIsRenamedWithAlias() {
    assertThat(checkVariant("field-renamed-with-alias").problems()).isEmpty();
  }

  @Test
  void shouldFailNamingFieldWhenFieldIsAddedWithoutDefault() {
    CompatibilityReport report = checkVariant("added-field-without-default");

    assertThat(report.isCompatible()).isFalse();
    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.record()).isEqualTo(WIDGET);
              assertThat(p.field()).isEqualTo("weight");
              assertThat(p.kind()).isEqualTo("READER_FIELD_MISSING_DEFAULT_VALUE");
            });
    assertThat(report.describe()).contains(WIDGET + ".weight");
  }

  @Test
  void shouldFailNamingFieldWhenTypeIsNarrowed() {
    CompatibilityReport report = checkVariant("type-narrowed");

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("id");
              assertThat(p.kind()).isEqualTo("TYPE_MISMATCH");
            });
  }

  @Test
  void shouldFailNamingNestedFieldPathWhenTypeInsideArrayIsNarrowed() {
    CompatibilityReport report = checkVariant("nested-type-narrowed");

    assertThat(report.problems())
        .hasSize(2)
        .anySatisfy(
            p -> {
              assertThat(p.record()).isEqualTo(WIDGET);
              assertThat(p.field()).isEqualTo("parts[].weight");
            })
        .anySatisfy(
            p -> {
              assertThat(p.record()).isEqualTo("io.chainexplorer.fixture.Part");
              assertThat(p.field()).isEqualTo("weight");
            });
  }

  @Test
  void shouldNameTheFieldOfTheNestedRecordWhenTypeInsideNullableRecordIsNarrowed() {
    CompatibilityReport report = checkVariant("union-nested-type-narrowed");

    assertThat(report.problems())
        .anySatisfy(
            p -> {
              assertThat(p.record()).isEqualTo("io.chainexplorer.fixture.Extra");
              assertThat(p.field()).isEqualTo("level");
              assertThat(p.kind()).isEqualTo("TYPE_MISMATCH");
            })
        .anySatisfy(
            p -> {
              assertThat(p.record()).isEqualTo(WIDGET);
              assertThat(p.field()).isEqualTo("extra");
            });
  }

  @Test
  void shouldPassWhenFieldHoldingANestedRecordIsRemoved() {
    assertThat(checkVariant("nullable-record-field-removed").problems()).isEmpty();
  }

  @Test
  void shouldFailNamingFieldAndSymbolWhenEnumSymbolIsRemovedWithoutDefault() {
    CompatibilityReport report = checkVariant("enum-symbol-removed");

    assertThat(report.problems())
        .anySatisfy(
            p -> {
              assertThat(p.record()).isEqualTo(WIDGET);
              assertThat(p.field()).isEqualTo("color");
              assertThat(p.kind()).isEqualTo("MISSING_ENUM_SYMBOLS");
              assertThat(p.detail()).contains("BLUE");
            })
        .anySatisfy(p -> assertThat(p.record()).isEqualTo(COLOR));
  }

  @Test
  void shouldFailNamingNewFieldWhenFieldIsRenamedWithoutAlias() {
    CompatibilityReport report = checkVariant("field-renamed");

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("title");
              assertThat(p.kind()).isEqualTo("READER_FIELD_MISSING_DEFAULT_VALUE");
            });
  }

  @Test
  void shouldFailWhenReleasedRecordIsRemoved() {
    CompatibilityReport report = checkVariant("record-removed");

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.record()).isEqualTo(WIDGET);
              assertThat(p.kind()).isEqualTo(SchemaCompatibilityGuard.RECORD_REMOVED);
            });
  }

  @Test
  void shouldThrowFromMainListingTheFieldWhenIncompatible() {
    String[] args = {fixture("added-field-without-default").toString(), fixture("base").toString()};

    assertThatThrownBy(() -> SchemaCompatibilityGuard.main(args))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(WIDGET + ".weight");
  }

  @Test
  void shouldRejectMainWithoutBothDirectories() {
    assertThatThrownBy(() -> SchemaCompatibilityGuard.main(new String[] {"only-one"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("usage");
  }

  @Test
  void shouldNameTheFileWhenASchemaDoesNotParse() {
    assertThatThrownBy(() -> SchemaTree.load(fixture("broken")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Broken.avsc");
  }
}
