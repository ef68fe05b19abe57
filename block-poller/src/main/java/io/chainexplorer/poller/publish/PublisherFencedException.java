package io.chainexplorer.poller.publish;

/**
 * Another poller instance opened a publisher with the same transactional id: this one must stop
 * publishing and close; nothing of its last step became visible.
 */
public class PublisherFencedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PublisherFencedException(String message, Throwable cause) {
    super(message, cause);
  }
}
