package io.chainexplorer.api.http;

/**
 * A client error answered as {@code application/problem+json} (RFC 9457): status, a title, a
 * detail, and for a bad parameter its name. Details never echo a key.
 */
public final class ApiProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String title;
  private final String parameter;

  private ApiProblem(int status, String title, String detail, String parameter) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.parameter = parameter;
  }

  /** 400: parameter {@code name} is wrong, {@code detail} says how. */
  public static ApiProblem badParameter(String name, String detail) {
    return new ApiProblem(400, "Invalid parameter", name + ": " + detail, name);
  }

  /** 404: nothing is stored under what the client asked for. */
  public static ApiProblem notFound(String detail) {
    return new ApiProblem(404, "Not found", detail, null);
  }

  /** 401, 403 or 429 of the key check. */
  public static ApiProblem access(int status, String title, String detail) {
    return new ApiProblem(status, title, detail, null);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The wrong parameter's name, or null. */
  public String parameter() {
    return parameter;
  }
}
