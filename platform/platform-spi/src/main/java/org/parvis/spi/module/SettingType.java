package org.parvis.spi.module;

/** The value types a module setting can take. */
public enum SettingType {
  TEXT,
  INTEGER,
  BOOLEAN,
  CHOICE
}
