package io.chainexplorer.poller.verify;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/** Whether this JVM can hash in vector lanes: it has the incubating module and compiles with C2. */
final class VectorSupport {

  private static final String MODULE = "jdk.incubator.vector";
  private static final int C2_LEVEL = 4;

  private VectorSupport() {}

  static boolean usable() {
    return ModuleLayer.boot().findModule(MODULE).isPresent() && compilesWithC2();
  }

  /**
   * Only C2 turns the Vector API into SIMD instructions: interpreted or compiled by C1 alone (as
   * with {@code -XX:TieredStopAtLevel=1} or {@code -Xint}) every vector is a boxed array, far
   * slower than scalar Keccak.
   */
  private static boolean compilesWithC2() {
    if (System.getProperty("java.vm.info", "").contains("interpreted")) {
      return false;
    }
    try {
      HotSpotDiagnosticMXBean hotSpot =
          ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      boolean tiered = Boolean.parseBoolean(hotSpot.getVMOption("TieredCompilation").getValue());
      int stop = Integer.parseInt(hotSpot.getVMOption("TieredStopAtLevel").getValue());
      return !tiered || stop >= C2_LEVEL;
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      // Not HotSpot, or without these options: nothing says C2 is off.
      return true;
    }
  }
}
