package io.chainexplorer.schemas.registry;

/** The subject does not exist (HTTP 404). */
public class SubjectNotFoundException extends SchemaRegistryException {

  private static final long serialVersionUID = 1L;

  public SubjectNotFoundException(String message, int status, int errorCode) {
    super(message, status, errorCode);
  }
}
