package io.chainexplorer.schemaguard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;

/**
 * A directory of {@code .avsc} files parsed like avro-maven-plugin does: {@code common/} first (as
 * imports), then the rest, all with one parser so later files can name earlier types.
 */
public final class SchemaTree {

  static final String COMMON_DIR = "common";

  private SchemaTree() {}

  /**
   * Parses every {@code .avsc} under {@code root}.
   *
   * @return each file's top-level schema by full name, in parse order
   * @throws IllegalArgumentException naming the file when one does not parse
   */
  public static Map<String, Schema> load(Path root) {
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("not a schema directory: " + root);
    }
    Schema.Parser parser = new Schema.Parser();
    Map<String, Schema> schemas = new LinkedHashMap<>();
    for (Path file : orderedFiles(root)) {
      Schema schema = parse(parser, file);
      schemas.put(schema.getFullName(), schema);
    }
    return schemas;
  }

  /**
   * Every named type (record, enum, fixed) declared in the tree, nested ones included, by full
   * name: a change deep inside a nullable record is then reported on that record's own field.
   */
  public static Map<String, Schema> loadNamedTypes(Path root) {
    Map<String, Schema> named = new LinkedHashMap<>();
    load(root).values().forEach(schema -> collectNamed(schema, named));
    return named;
  }

  private static void collectNamed(Schema schema, Map<String, Schema> named) {
    switch (schema.getType()) {
      case RECORD:
        if (named.putIfAbsent(schema.getFullName(), schema) == null) {
          schema.getFields().forEach(field -> collectNamed(field.schema(), named));
        }
        break;
      case ENUM:
      case FIXED:
        named.putIfAbsent(schema.getFullName(), schema);
        break;
      case UNION:
        schema.getTypes().forEach(branch -> collectNamed(branch, named));
        break;
      case ARRAY:
        collectNamed(schema.getElementType(), named);
        break;
      case MAP:
        collectNamed(schema.getValueType(), named);
        break;
      default:
        break;
    }
  }

  private static Schema parse(Schema.Parser parser, Path file) {
    try {
      return parser.parse(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (AvroRuntimeException e) {
      // Parse errors (syntax, undefined names) name the type but not the file: add it.
      throw new IllegalArgumentException("cannot parse " + file + ": " + e.getMessage(), e);
    }
  }

  private static List<Path> orderedFiles(Path root) {
    Path common = root.resolve(COMMON_DIR);
    List<Path> all = avscFiles(root);
    List<Path> ordered = new ArrayList<>();
    all.stream().filter(p -> p.startsWith(common)).forEach(ordered::add);
    all.stream().filter(p -> !p.startsWith(common)).forEach(ordered::add);
    return ordered;
  }

  private static List<Path> avscFiles(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".avsc"))
          .sorted(Comparator.comparing(Path::toString))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }
}
