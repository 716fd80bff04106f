package org.parvis.core.persistence;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores a set of enum constants as a sorted comma-separated list of their texts. Subclasses fix
 * the enum and how a constant is written and read, which must never change once data is stored.
 */
public abstract class EnumSetConverter<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

  private final Class<E> type;
  private final Function<E, String> toText;
  private final Function<String, E> fromText;

  protected EnumSetConverter(Class<E> type, Function<E, String> toText, Function<String, E> fromText) {
    this.type = type;
    this.toText = toText;
    this.fromText = fromText;
  }

  @Override
  public String convertToDatabaseColumn(Set<E> values) {
    return values.stream().sorted().map(toText).collect(Collectors.joining(","));
  }

  @Override
  public Set<E> convertToEntityAttribute(String column) {
    EnumSet<E> values = EnumSet.noneOf(type);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(",")).map(fromText).forEach(values::add);
    }
    return values;
  }
}
