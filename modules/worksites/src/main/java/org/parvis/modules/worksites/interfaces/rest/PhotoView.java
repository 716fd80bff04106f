package org.parvis.modules.worksites.interfaces.rest;

import java.util.UUID;
import org.parvis.modules.worksites.application.PhotoAlbum;
import org.parvis.modules.worksites.domain.Photo;

/** A photo: what it shows, where the image is, and its text alternative. */
public record PhotoView(UUID id, String kind, String url, String caption) {

  static PhotoView of(Photo photo, PhotoAlbum album) {
    return new PhotoView(photo.id(), photo.kind().name(), album.url(photo), photo.caption());
  }
}
