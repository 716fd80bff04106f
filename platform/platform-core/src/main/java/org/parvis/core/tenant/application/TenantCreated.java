package org.parvis.core.tenant.application;

import java.util.UUID;

/** Fired inside the transaction that created a tenant; observers act after it commits. */
public record TenantCreated(UUID tenantId) {}
