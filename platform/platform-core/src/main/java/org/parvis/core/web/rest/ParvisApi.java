package org.parvis.core.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * One JAX-RS application for the whole host: the REST API under {@code /api}, and the
 * server-rendered portal pages beside it, so that tenant resolution, module gating, access
 * checks and error mapping are the same for both.
 */
@ApplicationPath("/")
public class ParvisApi extends Application {}
