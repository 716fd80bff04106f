package org.parvis.core.web.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Finds, in a JSON request body, the first number that its target Java type cannot hold exactly:
 * a fraction ({@code 1.5}) or a number out of range ({@code 1e30}) where the body's class declares
 * a whole number ({@code long}, {@code int}, {@code short}, {@code byte}, their boxes,
 * {@code BigInteger}). JSON-B would silently truncate or wrap such numbers. The walk follows the
 * declared types (records, fields of plain classes, map values, list and array elements,
 * {@code Optional}); the refusal names the field by its path, e.g. {@code points.<id>} or
 * {@code envelopes[2].amount}. Pure, so that it is tested without a server.
 */
public final class WholeNumberFields {

  /** Digits beyond which a number is no whole number any target can hold (checked first: cheap). */
  private static final int MAX_BITS = 256;

  /** A number the target type cannot hold: the field's path and why. */
  public record Refusal(String field, String message) {}

  private WholeNumberFields() {}

  public static Optional<Refusal> check(JsonValue value, Type type) {
    return check(value, type, "");
  }

  private static Optional<Refusal> check(JsonValue value, Type type, String path) {
    if (value == null || type == null) {
      return Optional.empty();
    }
    Class<?> raw = raw(type);
    if (raw == null) {
      return Optional.empty();
    }
    if (raw == Optional.class) {
      return check(value, argument(type, 0), path);
    }
    return switch (value.getValueType()) {
      case NUMBER -> number((JsonNumber) value, raw, path);
      case OBJECT -> object((JsonObject) value, type, raw, path);
      case ARRAY -> array((JsonArray) value, type, raw, path);
      default -> Optional.empty();
    };
  }

  private static Optional<Refusal> number(JsonNumber number, Class<?> raw, String path) {
    BigInteger limit = WholeTypes.limit(raw);
    if (limit == null) {
      return Optional.empty();
    }
    BigDecimal value = number.bigDecimalValue();
    if (Math.abs((long) value.scale()) > MAX_BITS || value.unscaledValue().bitLength() > MAX_BITS) {
      return refuse(path, value.scale() > 0 ? "must be a whole number" : "is out of range");
    }
    BigDecimal whole = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    if (whole.scale() > 0) {
      return refuse(path, "must be a whole number");
    }
    BigInteger exact = whole.toBigIntegerExact();
    if (exact.abs().compareTo(limit) > 0) {
      return refuse(path, "is out of range");
    }
    return Optional.empty();
  }

  private static Optional<Refusal> object(JsonObject object, Type type, Class<?> raw, String path) {
    if (Map.class.isAssignableFrom(raw)) {
      Type values = argument(type, 1);
      for (var entry : object.entrySet()) {
        var refusal = check(entry.getValue(), values, child(path, entry.getKey()));
        if (refusal.isPresent()) {
          return refusal;
        }
      }
      return Optional.empty();
    }
    if (raw.isRecord()) {
      for (RecordComponent component : raw.getRecordComponents()) {
        var refusal = check(object.get(component.getName()), component.getGenericType(),
            child(path, component.getName()));
        if (refusal.isPresent()) {
          return refusal;
        }
      }
      return Optional.empty();
    }
    if (WholeTypes.isPlatformType(raw)) {
      return Optional.empty();
    }
    for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())) {
          continue;
        }
        var refusal = check(object.get(field.getName()), field.getGenericType(),
            child(path, field.getName()));
        if (refusal.isPresent()) {
          return refusal;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Refusal> array(JsonArray array, Type type, Class<?> raw, String path) {
    Type elements = raw.isArray()
        ? (type instanceof GenericArrayType g ? g.getGenericComponentType() : raw.getComponentType())
        : Collection.class.isAssignableFrom(raw) ? argument(type, 0) : null;
    for (int i = 0; elements != null && i < array.size(); i++) {
      var refusal = check(array.get(i), elements, path + "[" + i + "]");
      if (refusal.isPresent()) {
        return refusal;
      }
    }
    return Optional.empty();
  }

  private static Optional<Refusal> refuse(String path, String message) {
    return Optional.of(new Refusal(path.isEmpty() ? "body" : path, message));
  }

  private static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    if (type instanceof GenericArrayType g) {
      Class<?> component = raw(g.getGenericComponentType());
      return component == null ? null : component.arrayType();
    }
    return null;
  }

  /** The {@code index}th type argument as declared (Map's values, a list's elements), or null. */
  private static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      Type argument = p.getActualTypeArguments()[index];
      return argument instanceof java.lang.reflect.WildcardType w
          ? w.getUpperBounds()[0] : argument;
    }
    return null;
  }
}
