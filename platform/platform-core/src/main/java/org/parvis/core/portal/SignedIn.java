package org.parvis.core.portal;

import java.io.Serializable;

/** A person signed in to the portal on this host, as held in the HTTP session. */
public record SignedIn(String subject, String displayName, boolean operator, String idToken)
    implements Serializable {}
