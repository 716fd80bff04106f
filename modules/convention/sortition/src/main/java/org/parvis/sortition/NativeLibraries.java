package org.parvis.sortition;

import com.google.ortools.Loader;
import com.sun.jna.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;

/**
 * Loads OR-Tools' native code (shipped inside its jar) once.
 *
 * <p>OR-Tools' own loader unpacks its native directory through a {@code java.nio} file system
 * opened on the resource's URI, which only exists for {@code jar:} and {@code file:} URLs. Class
 * loaders of application servers serve resources from a virtual file system ({@code vfs:} URLs on
 * WildFly), where that fails; there the directory is read as a jar stream (what such a URL gives
 * for a directory) and unpacked into a fresh temporary directory, one per class loader, since the
 * JVM binds a JNI library to a single class loader.
 */
final class NativeLibraries {
  private static boolean loaded;

  private NativeLibraries() {}

  static synchronized void load() {
    if (loaded) {
      return;
    }
    try {
      Loader.loadNativeLibraries();
    } catch (RuntimeException | LinkageError e) {
      try {
        loadFromResourceStream();
      } catch (IOException | RuntimeException | LinkageError fallback) {
        fallback.addSuppressed(e);
        throw new IllegalStateException("Cannot load OR-Tools' native libraries", fallback);
      }
    }
    loaded = true;
  }

  private static void loadFromResourceStream() throws IOException {
    String directory = "ortools-" + Platform.RESOURCE_PREFIX + "/";
    URL url = Loader.class.getClassLoader().getResource(directory);
    if (url == null) {
      throw new IOException("No " + directory + " in the class path");
    }
    Path target = Files.createTempDirectory("ortools-java");
    target.toFile().deleteOnExit();
    Object content = url.openConnection().getContent();
    if (!copyVirtualDirectory(content, target)) {
      try (InputStream in = url.openStream(); JarInputStream jar = new JarInputStream(in)) {
        for (JarEntry e = jar.getNextJarEntry(); e != null; e = jar.getNextJarEntry()) {
          if (!e.isDirectory() && !e.getName().startsWith("META-INF/")) {
            copy(jar, target, e.getName());
          }
        }
      }
    }
    Path library = target.resolve(System.mapLibraryName("jniortools"));
    if (!Files.exists(library)) {
      throw new IOException("No " + library.getFileName() + " found under " + url);
    }
    System.load(library.toAbsolutePath().toString());
  }

  /**
   * Copies the files of a virtual directory (an object with {@code getChildren()}, whose children
   * have {@code getName()}, {@code isFile()} and {@code openStream()}, as JBoss VFS's
   * {@code VirtualFile}), through reflection so that the library needs no server classes.
   */
  private static boolean copyVirtualDirectory(Object directory, Path target) throws IOException {
    if (directory == null || directory instanceof InputStream) {
      return false;
    }
    try {
      List<?> children = (List<?>) directory.getClass().getMethod("getChildren").invoke(directory);
      for (Object child : children) {
        Class<?> type = child.getClass();
        if (!(Boolean) type.getMethod("isFile").invoke(child)) {
          continue;
        }
        String name = (String) type.getMethod("getName").invoke(child);
        try (InputStream in = (InputStream) type.getMethod("openStream").invoke(child)) {
          copy(in, target, name);
        }
      }
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    } catch (ReflectiveOperationException e) {
      throw new IOException("Cannot read " + directory, e);
    }
  }

  private static void copy(InputStream in, Path target, String name) throws IOException {
    Path file = target.resolve(name.substring(name.lastIndexOf('/') + 1));
    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    file.toFile().deleteOnExit();
  }
}
