package org.parvis.core.portal;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.parvis.core.web.rest.Endpoints;
import org.parvis.spi.problem.ProblemException;
import org.parvis.spi.web.Form;

/**
 * The one check of the anti-forgery token of every portal post: a form posted to a page (any resource outside
 * {@code /api}, which takes bearer tokens only) must carry the session's token in its {@code csrf} field, or it
 * changes nothing (403). The body is read once here and handed on unchanged to the page.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class FormTokenFilter implements ContainerRequestFilter {

  /** A portal form is at most a 10 MB file and its fields. */
  static final int MAX_BODY = 11 * 1024 * 1024;

  private static final GenericType<List<EntityPart>> PARTS = new GenericType<>() {};

  @Context ResourceInfo resource;
  @Context Providers providers;
  @Inject HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) throws IOException {
    if (!"POST".equals(context.getMethod()) || !isPage(resource.getResourceClass())) {
      return;
    }
    byte[] body = context.getEntityStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      throw new ProblemException(413, "urn:parvis:problem:too-large", "Content Too Large",
          "A form may hold at most 10 MB", Map.of());
    }
    context.setEntityStream(new ByteArrayInputStream(body));
    PortalSession.requireCsrf(request, token(context.getMediaType(), body, context));
  }

  /** Pages are every resource but the API's (which takes bearer tokens only). */
  static boolean isPage(Class<?> type) {
    return type != null && !Endpoints.isApi(type);
  }

  private String token(MediaType media, byte[] body, ContainerRequestContext context) throws IOException {
    if (media == null) {
      return null;
    }
    if (media.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
      return UrlEncodedForm.first(new String(body, StandardCharsets.US_ASCII), Form.TOKEN_FIELD);
    }
    if (media.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
      return multipartToken(media, body, context);
    }
    return null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private String multipartToken(MediaType media, byte[] body, ContainerRequestContext context) throws IOException {
    MessageBodyReader reader = providers.getMessageBodyReader(List.class, PARTS.getType(), new Annotation[0], media);
    if (reader == null) {
      return null;
    }
    List<EntityPart> parts = (List<EntityPart>) reader.readFrom(List.class, PARTS.getType(), new Annotation[0], media,
        context.getHeaders(), new ByteArrayInputStream(body));
    for (EntityPart part : parts) {
      if (Form.TOKEN_FIELD.equals(part.getName()) && part.getFileName().isEmpty()) {
        try (InputStream in = part.getContent()) {
          return new String(in.readNBytes(256), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return null;
  }
}
