package org.parvis.sortition;

/** Receives {@link Progress} reports; called on the computing thread, so keep it quick. */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = p -> {};

  void onProgress(Progress progress);
}
