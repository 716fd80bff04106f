package org.parvis.core.portal;

/** A sign-in started on some host and not yet completed. */
record PendingLogin(String state, String nonce, String verifier, String returnPath) {}
