package io.chainexplorer.schemas.registry;

/** No schema with that id, or the subject has no such schema (HTTP 404). */
public class SchemaNotFoundException extends SchemaRegistryException {

  private static final long serialVersionUID = 1L;

  public SchemaNotFoundException(String message, int status, int errorCode) {
    super(message, status, errorCode);
  }
}
