package io.chainexplorer.schemas.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.Block;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.schemaguard.SchemaTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The conventions of schemas/README.md hold in every schema. */
class SchemaConventionsTest {

  private static final Map<String, Schema> TREE = SchemaTree.load(Path.of("src/main/avro"));

  private static List<Schema> namedSchemas() {
    Map<Schema, Boolean> seen = new IdentityHashMap<>();
    TREE.values().forEach(s -> collect(s, seen));
    return new ArrayList<>(seen.keySet());
  }

  private static List<Schema> allSchemas() {
    List<Schema> all = new ArrayList<>();
    TREE.values().forEach(s -> walk(s, all, new IdentityHashMap<>()));
    return all;
  }

  private static void collect(Schema schema, Map<Schema, Boolean> seen) {
    List<Schema> all = new ArrayList<>();
    walk(schema, all, new IdentityHashMap<>());
    all.stream()
        .filter(s -> s.getType() == Schema.Type.RECORD || s.getType() == Schema.Type.ENUM)
        .forEach(s -> seen.put(s, true));
  }

  private static void walk(Schema schema, List<Schema> out, Map<Schema, Boolean> visited) {
    if (visited.put(schema, true) != null) {
      return;
    }
    out.add(schema);
    switch (schema.getType()) {
      case RECORD:
        schema.getFields().forEach(f -> walk(f.schema(), out, visited));
        break;
      case UNION:
        schema.getTypes().forEach(t -> walk(t, out, visited));
        break;
      case ARRAY:
        walk(schema.getElementType(), out, visited);
        break;
      case MAP:
        walk(schema.getValueType(), out, visited);
        break;
      default:
        break;
    }
  }

  @Test
  void shouldDocumentEveryRecordEnumAndField() {
    for (Schema named : namedSchemas()) {
      assertThat(named.getDoc()).as(named.getFullName()).isNotBlank();
      if (named.getType() == Schema.Type.RECORD) {
        named
            .getFields()
            .forEach(f -> assertThat(f.doc()).as(named.getName() + "." + f.name()).isNotBlank());
      }
    }
  }

  @Test
  void shouldUseTheGeneratedClassesNamespaceEverywhere() {
    namedSchemas()
        .forEach(
            s -> assertThat(s.getNamespace()).as(s.getName()).isEqualTo("io.chainexplorer.avro"));
  }

  @Test
  void shouldNeverUseFloatingPointAndEncodeEveryDecimalAsUint256() {
    for (Schema schema : allSchemas()) {
      assertThat(schema.getType()).isNotIn(Schema.Type.FLOAT, Schema.Type.DOUBLE);
      if (schema.getLogicalType() instanceof LogicalTypes.Decimal) {
        LogicalTypes.Decimal decimal = (LogicalTypes.Decimal) schema.getLogicalType();
        assertThat(schema.getType()).isEqualTo(Schema.Type.BYTES);
        assertThat(decimal.getPrecision()).isEqualTo(78);
        assertThat(decimal.getScale()).isZero();
      }
    }
  }

  @Test
  void shouldDefaultEveryNullableFieldToNull() {
    for (Schema named : namedSchemas()) {
      if (named.getType() != Schema.Type.RECORD) {
        continue;
      }
      for (Schema.Field field : named.getFields()) {
        if (field.schema().isNullable()) {
          assertThat(field.schema().getTypes().get(0).getType())
              .as(named.getName() + "." + field.name())
              .isEqualTo(Schema.Type.NULL);
          assertThat(field.defaultVal()).as(named.getName() + "." + field.name()).isNotNull();
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "RawBlock",
        "Block",
        "BlockRetraction",
        "Transaction",
        "Log",
        "TokenTransfer",
        "ContractCreation",
        "DecodedCall",
        "DecodedEvent"
      })
  void shouldCarryBlockCoordinatesWhenRecordIsBlockDerived(String name) {
    Schema schema = TREE.get("io.chainexplorer.avro." + name);

    assertThat(schema.getField("blockNumber").schema().getType()).isEqualTo(Schema.Type.LONG);
    assertThat(schema.getField("blockHash").schema().getType()).isEqualTo(Schema.Type.STRING);
    assertThat(schema.getField("blockTimestamp").schema().getType()).isEqualTo(Schema.Type.LONG);
  }

  @Test
  void shouldMakeEveryHardForkFieldNullable() {
    assertNullable(
        RawBlock.getClassSchema(),
        Set.of(
            "baseFeePerGas",
            "withdrawals",
            "withdrawalsRoot",
            "blobGasUsed",
            "excessBlobGas",
            "parentBeaconBlockRoot",
            "requestsHash",
            "totalDifficulty"));
    assertNullable(Block.getClassSchema(), Set.of("baseFeePerGas", "withdrawals", "requestsHash"));
    assertNullable(
        Transaction.getClassSchema(),
        Set.of(
            "maxFeePerGas",
            "maxPriorityFeePerGas",
            "maxFeePerBlobGas",
            "blobVersionedHashes",
            "authorizationList",
            "accessList",
            "chainId",
            "yParity",
            "status",
            "root",
            "effectiveGasPrice",
            "blobGasUsed",
            "blobGasPrice"));
  }

  private static void assertNullable(Schema schema, Collection<String> fields) {
    for (String name : fields) {
      Schema.Field field = schema.getField(name);
      assertThat(field).as(schema.getName() + "." + name).isNotNull();
      assertThat(field.schema().isNullable()).as(schema.getName() + "." + name).isTrue();
      assertThat(field.defaultVal()).as(schema.getName() + "." + name).isNotNull();
    }
  }
}
