package io.chainexplorer.batch.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.batch.ColdStoreFixture;
import io.chainexplorer.batch.TestSpark;
import io.chainexplorer.batch.views.ChainDaily;
import io.chainexplorer.batch.views.TokenDaily;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same cold store on a real HDFS (MiniDFSCluster): hdfs:// roots read as file:// ones. */
class ColdStoreOnHdfsTest {

  @TempDir static Path base;
  private static MiniDFSCluster hdfs;
  private static Inputs inputs;

  @BeforeAll
  static void start() throws Exception {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.toString());
    hdfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    hdfs.waitActive();
    URI fileSystem = hdfs.getURI();
    ColdStoreFixture.write(fileSystem, "/chain-explorer");
    URI root = URI.create(fileSystem + "/chain-explorer");
    inputs = ColdStore.open(TestSpark.session(), root, ColdStoreFixture.CHAIN).inputs();
  }

  @AfterAll
  static void stop() {
    if (hdfs != null) {
      hdfs.shutdown(true);
    }
  }

  @Test
  void shouldBuildTheViewsFromTheCommittedCanonicalRowsOnHdfs() {
    List<Row> days = ChainDaily.build(inputs).orderBy("date").collectAsList();
    assertThat(days).hasSize(2);
    assertThat(days.get(0).<Long>getAs("transactions")).isEqualTo(3L);
    assertThat(days.get(0).<String>getAs("fees_paid_wei"))
        .isEqualTo("86844066927987146567678238756515930889952488499230423029593188005934847229956");
    // The uncommitted transfer of 10 (temporary file and its stray copy) counts nowhere.
    assertThat(
            TokenDaily.build(inputs)
                .filter("date = '2024-05-02'")
                .select("volume")
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList())
        .containsExactly("1");
  }
}
