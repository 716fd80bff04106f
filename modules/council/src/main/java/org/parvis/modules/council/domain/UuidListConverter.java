package org.parvis.modules.council.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Stores a short list of ids (documents of a referral, members of a group, people present at a
 * meeting) as one comma-separated column, so that the row keeps its tenant column and its
 * row-level security without a join table.
 */
@Converter
public class UuidListConverter implements AttributeConverter<List<UUID>, String> {

  @Override
  public String convertToDatabaseColumn(List<UUID> ids) {
    return ids == null ? "" : String.join(",", ids.stream().map(UUID::toString).toList());
  }

  @Override
  public List<UUID> convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return new java.util.ArrayList<>();
    }
    return new java.util.ArrayList<>(Arrays.stream(column.split(",")).map(UUID::fromString).toList());
  }
}
