package io.chainexplorer.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(HdfsExtension.class)
class HdfsExtensionIT {

  @Test
  void shouldListAndReadBackTheSameBytesWhenAFileIsWritten(HdfsEndpoint hdfs) throws IOException {
    byte[] content = "block 19000000\n".getBytes(StandardCharsets.UTF_8);
    Path dir = new Path("/smoke/blocks");
    Path file = new Path(dir, "part-0.txt");
    FileSystem fs = hdfs.fileSystem();

    try (OutputStream out = fs.create(file, true)) {
      out.write(content);
    }

    FileStatus[] listed = fs.listStatus(dir);
    assertThat(Arrays.stream(listed).map(s -> s.getPath().getName())).containsExactly("part-0.txt");
    assertThat(listed[0].getLen()).isEqualTo(content.length);
    try (InputStream in = fs.open(file)) {
      assertThat(in.readAllBytes()).isEqualTo(content);
    }
  }

  @Test
  void shouldReachTheClusterWhenOnlyDefaultFsIsGiven(HdfsEndpoint hdfs) throws IOException {
    assertThat(hdfs.defaultFs().getScheme()).isEqualTo("hdfs");
    Path file = new Path("/smoke/by-uri.txt");
    // what production code does: a new client from fs.defaultFS alone
    try (FileSystem fs = FileSystem.newInstance(hdfs.configuration())) {
      try (OutputStream out = fs.create(file, true)) {
        out.write(42);
      }
    }

    assertThat(hdfs.fileSystem().exists(file)).isTrue();
    assertThat(hdfs.fileSystem().getFileStatus(file).getLen()).isEqualTo(1);
  }
}
