package io.chainexplorer.batch.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The committed cold-store files a view's output reflects, per {@code (entity, date, hour)}
 * partition ({@code <view>/_committed_files.tsv}): a partition whose files differ from the record
 * has changed since, and so has its day.
 */
final class FileRecord {

  static final String FILE = "_committed_files.tsv";

  private static final Pattern DAY = Pattern.compile("date=(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern PARTITION =
      Pattern.compile("^(.+/date=(\\d{4}-\\d{2}-\\d{2})/hour=\\d{2})/([^/]+)$");

  /** Files by partition directory ({@code entity/date=D/hour=H}), relative to the chain root. */
  private final SortedMap<String, SortedSet<String>> files;

  private FileRecord(SortedMap<String, SortedSet<String>> files) {
    this.files = files;
  }

  /** The record of {@code paths}, relative to the chain root; other paths are ignored. */
  static FileRecord of(Collection<String> paths) {
    SortedMap<String, SortedSet<String>> files = new TreeMap<>();
    for (String path : paths) {
      Matcher m = PARTITION.matcher(path);
      if (m.matches()) {
        files.computeIfAbsent(m.group(1), p -> new TreeSet<>()).add(m.group(3));
      }
    }
    return new FileRecord(files);
  }

  /** The days with data. */
  SortedSet<String> days() {
    SortedSet<String> days = new TreeSet<>();
    files.keySet().forEach(partition -> days.add(day(partition)));
    return days;
  }

  /** The days with a partition whose files are not those of {@code earlier}. */
  SortedSet<String> changedDays(FileRecord earlier) {
    SortedSet<String> days = new TreeSet<>();
    Set<String> partitions = new TreeSet<>(files.keySet());
    partitions.addAll(earlier.files.keySet());
    for (String partition : partitions) {
      if (!Objects.equals(files.get(partition), earlier.files.get(partition))) {
        days.add(day(partition));
      }
    }
    return days;
  }

  /** This record on the days {@code kept} accepts, {@code earlier}'s on the others. */
  FileRecord on(Predicate<String> kept, Optional<FileRecord> earlier) {
    SortedMap<String, SortedSet<String>> merged = new TreeMap<>();
    files.forEach(
        (p, f) -> {
          if (kept.test(day(p))) {
            merged.put(p, f);
          }
        });
    earlier.ifPresent(
        e ->
            e.files.forEach(
                (p, f) -> {
                  if (!kept.test(day(p))) {
                    merged.put(p, f);
                  }
                }));
    return new FileRecord(merged);
  }

  /** The record in {@code directory}, empty when none was written there. */
  static Optional<FileRecord> read(FileSystem fs, Path directory) throws IOException {
    Path file = new Path(directory, FILE);
    if (!fs.exists(file)) {
      return Optional.empty();
    }
    SortedMap<String, SortedSet<String>> files = new TreeMap<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(fs.open(file), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] fields = line.split("\t");
        if (fields.length == 2) {
          files.computeIfAbsent(fields[0], p -> new TreeSet<>()).add(fields[1]);
        }
      }
    }
    return Optional.of(new FileRecord(files));
  }

  /** Writes the record into {@code directory}: one {@code partition\tfile} line per file. */
  void write(FileSystem fs, Path directory) throws IOException {
    try (OutputStream out = fs.create(new Path(directory, FILE), true)) {
      for (Map.Entry<String, SortedSet<String>> partition : files.entrySet()) {
        for (String file : partition.getValue()) {
          out.write((partition.getKey() + "\t" + file + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
    }
  }

  private static String day(String partition) {
    Matcher m = DAY.matcher(partition);
    if (!m.find()) {
      throw new IllegalStateException("no day in partition " + partition);
    }
    return m.group(1);
  }
}
