package org.sitrep.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The file systems of the spark and flink jars: with Beam's HDFS and S3 modules on the class path
 * (the profiles add them) and its Google Cloud Storage module (the runners bring it), {@code
 * hdfs://}, {@code s3://} and {@code gs://} inputs and outputs resolve as local paths do, and the
 * run summary lands beside the outputs. Without them Beam knows no such scheme.
 */
class RemoteFileSystemsTest {
  @AfterEach
  void restoreDefaults() {
    FileSystems.setDefaultPipelineOptions(BatchRun.options(List.of("--runner=DirectRunner")));
  }

  @Test
  void s3FoldersResolveWithAnAwsRegion() {
    FileSystems.setDefaultPipelineOptions(
        BatchRun.options(List.of("--runner=DirectRunner", "--awsRegion=eu-west-1")));

    assertThat(summaryIn("s3://newsroom/coded/2025"))
        .isEqualTo("s3://newsroom/coded/2025/summary.json");
  }

  @Test
  void hdfsFoldersResolveWithTheClustersConfiguration() {
    FileSystems.setDefaultPipelineOptions(
        BatchRun.options(
            List.of(
                "--runner=DirectRunner",
                "--hdfsConfiguration=[{\"fs.defaultFS\":\"hdfs://namenode:8020\"}]")));

    assertThat(summaryIn("hdfs://namenode:8020/news/coded"))
        .isEqualTo("hdfs://namenode:8020/news/coded/summary.json");
  }

  @Test
  void googleCloudStorageFoldersResolveThroughTheRunnersOwnModule() {
    assertThat(summaryIn("gs://newsroom/coded")).isEqualTo("gs://newsroom/coded/summary.json");
  }

  @Test
  void aSchemeNoModuleServesIsRefusedByName() {
    assertThatThrownBy(() -> summaryIn("wasbs://container/coded")).hasMessageContaining("wasbs");
  }

  private static String summaryIn(String folder) {
    return FileSystems.matchNewResource(folder, true)
        .resolve("summary.json", StandardResolveOptions.RESOLVE_FILE)
        .toString();
  }
}
