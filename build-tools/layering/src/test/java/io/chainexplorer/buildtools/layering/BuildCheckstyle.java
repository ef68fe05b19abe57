package io.chainexplorer.buildtools.layering;

import com.puppycrawl.tools.checkstyle.Checker;
import com.puppycrawl.tools.checkstyle.ConfigurationLoader;
import com.puppycrawl.tools.checkstyle.ConfigurationLoader.IgnoredModulesOptions;
import com.puppycrawl.tools.checkstyle.DefaultConfiguration;
import com.puppycrawl.tools.checkstyle.PropertiesExpander;
import com.puppycrawl.tools.checkstyle.ThreadModeSettings;
import com.puppycrawl.tools.checkstyle.api.AuditEvent;
import com.puppycrawl.tools.checkstyle.api.AuditListener;
import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Checkstyle configured as the build configures it: the project's checkstyle.xml with its
 * import-control file and its suppressions.
 */
final class BuildCheckstyle {

  private BuildCheckstyle() {}

  /** The violations Checkstyle reports on one file, as "line: message [check]". */
  static List<String> check(Path file) throws CheckstyleException {
    Path buildTools = root().resolve("build-tools");
    Properties properties = new Properties();
    properties.setProperty("config_loc", buildTools.toString());
    DefaultConfiguration configuration =
        (DefaultConfiguration)
            ConfigurationLoader.loadConfiguration(
                buildTools.resolve("checkstyle.xml").toString(),
                new PropertiesExpander(properties),
                IgnoredModulesOptions.OMIT,
                ThreadModeSettings.SINGLE_THREAD_MODE_INSTANCE);
    DefaultConfiguration suppressions = new DefaultConfiguration("SuppressionFilter");
    suppressions.addProperty("file", buildTools.resolve("checkstyle-suppressions.xml").toString());
    configuration.addChild(suppressions);

    Checker checker = new Checker();
    checker.setModuleClassLoader(Checker.class.getClassLoader());
    checker.configure(configuration);
    List<String> violations = new ArrayList<>();
    checker.addListener(new Collector(violations));
    try {
      checker.process(List.of(file.toFile()));
    } finally {
      checker.destroy();
    }
    return violations;
  }

  /** The repository root the build runs from. */
  static Path root() {
    String root = System.getProperty("chainexplorer.root");
    if (root == null) {
      throw new IllegalStateException("chainexplorer.root is not set: run the tests through Maven");
    }
    return Path.of(root);
  }

  /** Collects errors; Checkstyle's other audit events carry nothing to assert on. */
  private static final class Collector implements AuditListener {
    private final List<String> violations;

    Collector(List<String> violations) {
      this.violations = violations;
    }

    @Override
    public void addError(AuditEvent event) {
      violations.add(event.getLine() + ": " + event.getMessage() + " [" + checkName(event) + "]");
    }

    @Override
    public void addException(AuditEvent event, Throwable throwable) {
      throw new IllegalStateException("Checkstyle failed on " + event.getFileName(), throwable);
    }

    @Override
    public void auditStarted(AuditEvent event) {}

    @Override
    public void auditFinished(AuditEvent event) {}

    @Override
    public void fileStarted(AuditEvent event) {}

    @Override
    public void fileFinished(AuditEvent event) {}

    private static String checkName(AuditEvent event) {
      String source = event.getSourceName();
      String simple = source.substring(source.lastIndexOf('.') + 1);
      return simple.endsWith("Check") ? simple.substring(0, simple.length() - 5) : simple;
    }
  }
}
