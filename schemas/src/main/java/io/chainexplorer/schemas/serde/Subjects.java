package io.chainexplorer.schemas.serde;

/** TopicNameStrategy: a topic's values live under {@code <topic>-value}, its keys {@code -key}. */
public final class Subjects {

  private Subjects() {}

  /** The subject of {@code topic}'s keys or values. */
  public static String subject(String topic, boolean isKey) {
    return topic + (isKey ? "-key" : "-value");
  }
}
