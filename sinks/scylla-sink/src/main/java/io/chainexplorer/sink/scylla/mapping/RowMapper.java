package io.chainexplorer.sink.scylla.mapping;

import java.util.List;
import java.util.function.Function;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Maps a Connect record to the hot-table rows it owns, choosing the entity by the value's schema
 * name.
 */
public final class RowMapper {

  private static final String AVRO_NAMESPACE = "io.chainexplorer.avro.";

  /**
   * The rows of one record.
   *
   * @throws DataException when the record is not an entity this sink stores or misses a key field
   */
  public MappedRecord map(SinkRecord record) {
    if (record.value() == null) {
      // A tombstone: the hot tables expire by TTL and retractions are explicit records.
      return new MappedRecord(record, "tombstone", List.of(), false);
    }
    Schema schema = record.valueSchema();
    if (!(record.value() instanceof Struct struct) || schema == null || schema.name() == null) {
      throw new DataException("record value has no named struct schema");
    }
    String entity = schema.name();
    Function<Fields, List<Row>> rows = rowsOf(entity);
    Fields fields = new Fields(entity, struct);
    boolean retracted = schema.field("retracted") != null && fields.flag("retracted");
    try {
      return new MappedRecord(record, entity + "/" + record.key(), rows.apply(fields), retracted);
    } catch (ClassCastException e) {
      throw fields.unexpected(e);
    } catch (DataException e) {
      throw e;
    } catch (RuntimeException e) {
      // Mapping only reads the record: whatever fails here is the record's, so it is poison
      // (a date no store can hold, say), never a reason to fail the task at every restart.
      throw new DataException(
          "record of " + entity + " has a value the hot store cannot hold: " + e.getMessage(), e);
    }
  }

  private static Function<Fields, List<Row>> rowsOf(String entity) {
    return switch (entity.startsWith(AVRO_NAMESPACE)
        ? entity.substring(AVRO_NAMESPACE.length())
        : entity) {
      case "Block" -> ChainRows::block;
      case "Transaction" -> ChainRows::transaction;
      case "ChainMetrics" -> ChainRows::metrics;
      case "TokenTransfer" -> ContractRows::tokenTransfer;
      case "Log" -> ContractRows::log;
      case "TokenMetadata" -> ContractRows::token;
      case "DecodedCall" -> ContractRows::decodedCall;
      case "DecodedEvent" -> ContractRows::decodedEvent;
      case "InternalTransaction" -> InternalTransactionRows::of;
      default ->
          throw new DataException("entity " + entity + " is not stored by the ScyllaDB sink");
    };
  }
}
