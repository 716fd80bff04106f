package org.parvis.core.tenant.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.parvis.core.tenant.domain.OfficialCommune;

/**
 * The official list of current French communes, shipped with the platform ({@code data/communes.tsv.gz}, made by
 * {@code deploy/bin/refresh-communes}; never fetched at run time), looked up by INSEE code. Read once, on first use.
 */
@ApplicationScoped
public class OfficialCommunes {

  static final String RESOURCE = "data/communes.tsv.gz";

  private volatile Map<String, OfficialCommune> byCode;

  /** The commune of INSEE code {@code code} (spaces ignored, Corsica's {@code 2a} as {@code 2A}). */
  public Optional<OfficialCommune> byCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(communes().get(code.replaceAll("\\s", "").toUpperCase(Locale.ROOT)));
  }

  public int size() {
    return communes().size();
  }

  private Map<String, OfficialCommune> communes() {
    Map<String, OfficialCommune> loaded = byCode;
    if (loaded == null) {
      synchronized (this) {
        if (byCode == null) {
          byCode = load();
        }
        loaded = byCode;
      }
    }
    return loaded;
  }

  private static Map<String, OfficialCommune> load() {
    InputStream data = OfficialCommunes.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (data == null) {
      throw new IllegalStateException("The list of communes is missing: " + RESOURCE);
    }
    Map<String, OfficialCommune> communes = new HashMap<>(50_000);
    try (var lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(data), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        communes.put(f[0], new OfficialCommune(f[0], f[1], f[2].isEmpty() ? null : Integer.valueOf(f[2]),
            blankToNull(f[3]), blankToNull(f[4]), blankToNull(f[5])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(communes);
  }

  private static String blankToNull(String text) {
    return text.isBlank() ? null : text;
  }
}
