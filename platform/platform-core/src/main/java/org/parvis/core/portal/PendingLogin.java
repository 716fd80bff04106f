package org.parvis.core.portal;

import java.io.Serializable;

/** A login started on this host and not yet completed. */
record PendingLogin(String state, String nonce, String verifier, String returnPath)
    implements Serializable {}
