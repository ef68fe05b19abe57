package io.chainexplorer.poller.rpc;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * A response body read as it arrives, cut with a {@link ResponseLimitException} as soon as its wire
 * bytes, its inflated bytes or the exchange's deadline are exceeded; never holds more than a read
 * buffer itself.
 */
final class BoundedBody {

  static final String WIRE_TOO_LARGE = "wire_too_large";
  static final String BODY_TOO_LARGE = "body_too_large";
  static final String DEADLINE = "deadline";

  private final long maxWireBytes;
  private final long maxBodyBytes;

  /**
   * @param maxWireBytes most bytes read off the connection
   * @param maxBodyBytes most bytes of the body once inflated
   */
  BoundedBody(long maxWireBytes, long maxBodyBytes) {
    this.maxWireBytes = maxWireBytes;
    this.maxBodyBytes = maxBodyBytes;
  }

  /**
   * The body of {@code wire}, inflated when {@code gzipped}, failing once a limit or {@code
   * deadlineNanos} (a {@link System#nanoTime()} instant) passes.
   */
  InputStream open(InputStream wire, boolean gzipped, long deadlineNanos) throws IOException {
    InputStream raw = new Limited(wire, maxWireBytes, WIRE_TOO_LARGE, deadlineNanos);
    if (!gzipped) {
      return maxBodyBytes < maxWireBytes
          ? new Limited(raw, maxBodyBytes, BODY_TOO_LARGE, deadlineNanos)
          : raw;
    }
    return new Limited(new GZIPInputStream(raw, 8192), maxBodyBytes, BODY_TOO_LARGE, deadlineNanos);
  }

  /** Counts what passes through and fails past its cap or its deadline. */
  private static final class Limited extends FilterInputStream {

    private final long cap;
    private final String reason;
    private final long deadlineNanos;
    private long count;

    Limited(InputStream in, long cap, String reason, long deadlineNanos) {
      super(in);
      this.cap = cap;
      this.reason = reason;
      this.deadlineNanos = deadlineNanos;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      checkDeadline();
      // One byte past the cap is enough to know it is exceeded; no more is asked for.
      int asked = (int) Math.min(length, cap - count + 1);
      int n = in.read(buffer, offset, Math.max(asked, 1));
      if (n > 0) {
        count += n;
        if (count > cap) {
          throw new ResponseLimitException(reason, "answer larger than " + cap + " bytes");
        }
      }
      checkDeadline();
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      int chunk = (int) Math.max(0, Math.min(n, 8192));
      return Math.max(0, read(new byte[chunk], 0, chunk));
    }

    private void checkDeadline() throws ResponseLimitException {
      if (System.nanoTime() - deadlineNanos > 0) {
        throw new ResponseLimitException(DEADLINE, "timeout");
      }
    }
  }
}
