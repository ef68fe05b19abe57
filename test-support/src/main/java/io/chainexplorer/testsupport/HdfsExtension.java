package io.chainexplorer.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Boots one MiniDFSCluster (in-process, one data node) per test JVM and injects its {@link
 * HdfsEndpoint} into parameters and fields of that type.
 *
 * <p>Use with {@code @ExtendWith(HdfsExtension.class)}. Files outlive test classes: give each test
 * its own directory.
 */
public final class HdfsExtension extends EndpointExtension<HdfsEndpoint> {

  public HdfsExtension() {
    super(HdfsEndpoint.class);
  }

  static MiniHdfs cluster(ExtensionContext context) {
    return SharedComponent.getOrStart(context, "hdfs", MiniHdfs::start);
  }

  @Override
  HdfsEndpoint endpoint(ExtensionContext context) {
    MiniHdfs cluster = cluster(context);
    return new HdfsEndpoint(cluster.defaultFs(), cluster.fileSystem());
  }
}
