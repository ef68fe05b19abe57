package io.chainexplorer.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The module and JVM flags Cassandra 5.0 needs on Java 17, from its {@code jvm17-server.options}.
 */
final class CassandraJvmOptions {

  /**
   * {@code --add-exports} and {@code --add-opens} of Cassandra 5.0's {@code jvm17-server.options}.
   */
  static final List<String> JPMS =
      List.of(
          "-Djdk.attach.allowAttachSelf=true",
          "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED",
          "--add-exports=java.management.rmi/com.sun.jmx.remote.internal.rmi=ALL-UNNAMED",
          "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
          "--add-exports=java.rmi/sun.rmi.server=ALL-UNNAMED",
          "--add-exports=java.sql/java.sql=ALL-UNNAMED",
          "--add-exports=java.base/java.lang.ref=ALL-UNNAMED",
          "--add-exports=jdk.unsupported/sun.misc=ALL-UNNAMED",
          "--add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED",
          "--add-exports=jdk.attach/sun.tools.attach=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.module=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.loader=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.reflect=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.math=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.module=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.util.jar=ALL-UNNAMED",
          "--add-opens=jdk.management/com.sun.management.internal=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
          "--add-opens=java.base/java.io=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
          "--add-opens=jdk.compiler/com.sun.tools.javac=ALL-UNNAMED",
          "--add-opens=java.base/java.lang=ALL-UNNAMED",
          "--add-opens=java.base/java.util=ALL-UNNAMED");

  /**
   * Netty settings of the same file; instead of its G1 block, a small node that boots fast on two
   * shared cores: C1 only and the serial collector took a loaded machine from 19-33 s to 12 s to
   * the CQL port, and 50-80 MB less RSS.
   */
  static final List<String> RUNTIME =
      List.of(
          "-Dio.netty.tryReflectionSetAccessible=true",
          "-Dio.netty.allocator.useCacheForAllThreads=true",
          "-Dio.netty.allocator.maxOrder=11",
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC",
          "-XX:+ExitOnOutOfMemoryError",
          "-Dcassandra-foreground=yes",
          "-Dcassandra.skip_wait_for_gossip_to_settle=0");

  /**
   * Resident memory under 512 MB at mainnet rate (it was 663 MB): the heap starts at half its
   * default maximum and grows only as the node needs it (a 64 MB start with tight free ratios cost
   * full collections of up to 1.6 s while it grew); Cassandra's own thread stack size; one Netty
   * arena of each kind instead of two per core; and a cap on direct memory well above the yaml's
   * buffer pools (16 + 8 MiB).
   */
  static final List<String> MEMORY =
      List.of(
          "-Xms128m",
          "-Xss256k",
          "-XX:MaxDirectMemorySize=128m",
          "-Dio.netty.allocator.numDirectArenas=1",
          "-Dio.netty.allocator.numHeapArenas=1");

  /** glibc's malloc otherwise keeps up to eight arenas per core, mostly empty, in RSS. */
  static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

  private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

  /**
   * What the java command runs under: nothing, except as root, where it is {@code setpriv} without
   * {@code CAP_IPC_LOCK}.
   *
   * <p>Cassandra calls {@code mlockall(MCL_CURRENT)} at start; it fails harmlessly (a warning)
   * under an ordinary memlock limit, but root's capability makes it succeed and fault in every
   * mapped page for good: the JDK's whole module image (125 MB), the initial heap and the
   * libraries, 230 MB of RSS a node without swap gains nothing from. Without the capability the
   * limit applies again.
   */
  static List<String> launcher() {
    boolean root = "root".equals(System.getProperty("user.name"));
    return root && Files.isExecutable(SETPRIV)
        ? List.of(SETPRIV.toString(), "--bounding-set", "-ipc_lock", "--")
        : List.of();
  }

  private CassandraJvmOptions() {}
}
