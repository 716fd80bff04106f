package org.parvis.sortition;

import com.google.ortools.Loader;

/** Loads OR-Tools' native code (shipped inside its jar) once. */
final class NativeLibraries {
  private static boolean loaded;

  private NativeLibraries() {}

  static synchronized void load() {
    if (!loaded) {
      Loader.loadNativeLibraries();
      loaded = true;
    }
  }
}
