package io.chainexplorer.api.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * The web console: static HTML and JavaScript served open at {@code /console} (the page asks for a
 * key and calls the API with it; the files themselves hold nothing a key protects).
 */
final class ConsoleFiles {

  static final String PATH = "/console";

  private ConsoleFiles() {}

  static void register(JavalinConfig config) {
    config.staticFiles.add(
        files -> {
          files.hostedPath = PATH;
          files.directory = "/console";
          files.location = Location.CLASSPATH;
          // The page and its script change together: never serve one stale against the other.
          files.headers = Map.of("Cache-Control", "no-cache");
        });
    config.routes.get("/", ctx -> ctx.redirect(PATH + "/"));
  }

  /** Whether {@code path} is the console or the root leading to it (open, no key needed). */
  static boolean serves(String path) {
    return path.equals("/") || path.equals(PATH) || path.startsWith(PATH + "/");
  }
}
