package io.chainexplorer.schemas.serde;

import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.Encoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * Avro datum writers that check each value for a null the schema does not admit before writing it,
 * and report one as a {@link NullValueException} with its field path, e.g. {@code
 * Withdrawal.address}, where Avro's own writers would throw a {@code NullPointerException}.
 */
final class CheckedDatumWriters {

  private CheckedDatumWriters() {}

  /** A writer of generated (specific) records of {@code schema}. */
  static DatumWriter<Object> specific(Schema schema) {
    return new Specific(schema);
  }

  /** A writer of generic records of {@code schema}. */
  static DatumWriter<Object> generic(Schema schema) {
    return new Generic(schema);
  }

  private static final class Specific extends SpecificDatumWriter<Object> {
    private final Schema root;

    Specific(Schema root) {
      super(root, SpecificData.getForSchema(root));
      this.root = root;
    }

    @Override
    public void write(Object datum, Encoder out) throws IOException {
      try {
        super.write(datum, out);
      } catch (NullValueException e) {
        throw e.within(root.getName());
      }
    }

    @Override
    protected void writeWithoutConversion(Schema schema, Object datum, Encoder out)
        throws IOException {
      NullValueException.check(schema, datum);
      super.writeWithoutConversion(schema, datum, out);
    }

    @Override
    protected void writeField(Object datum, Schema.Field field, Encoder out, Object state)
        throws IOException {
      try {
        super.writeField(datum, field, out, state);
      } catch (NullValueException e) {
        throw e.within(field.name());
      }
    }
  }

  private static final class Generic extends GenericDatumWriter<Object> {
    private final Schema root;

    Generic(Schema root) {
      super(root, GenericData.get());
      this.root = root;
    }

    @Override
    public void write(Object datum, Encoder out) throws IOException {
      try {
        super.write(datum, out);
      } catch (NullValueException e) {
        throw e.within(root.getName());
      }
    }

    @Override
    protected void writeWithoutConversion(Schema schema, Object datum, Encoder out)
        throws IOException {
      NullValueException.check(schema, datum);
      super.writeWithoutConversion(schema, datum, out);
    }

    @Override
    protected void writeField(Object datum, Schema.Field field, Encoder out, Object state)
        throws IOException {
      try {
        super.writeField(datum, field, out, state);
      } catch (NullValueException e) {
        throw e.within(field.name());
      }
    }
  }
}
