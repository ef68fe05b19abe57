package io.chainexplorer.schemas.registry;

/**
 * A request the registry answered with an error: the HTTP status and Confluent error code (0 when
 * the server gave none, as Apicurio does for 409) are kept for callers that branch on them.
 */
public class SchemaRegistryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final int errorCode;

  public SchemaRegistryException(String message, int status, int errorCode) {
    super(message);
    this.status = status;
    this.errorCode = errorCode;
  }

  public SchemaRegistryException(String message, Throwable cause) {
    super(message, cause);
    this.status = 0;
    this.errorCode = 0;
  }

  /** HTTP status of the answer, 0 if there was none. */
  public int status() {
    return status;
  }

  /** Confluent error code of the answer (e.g. 40401), 0 if there was none. */
  public int errorCode() {
    return errorCode;
  }
}
