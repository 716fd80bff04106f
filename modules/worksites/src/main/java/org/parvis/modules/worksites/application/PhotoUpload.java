package org.parvis.modules.worksites.application;

/**
 * A photo as a person sent it: the file and its caption, which is also its text alternative (a
 * caption of 1 to 300 characters on one line is required).
 */
public record PhotoUpload(String filename, byte[] content, String caption) {}
