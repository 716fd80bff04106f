package org.parvis.modules.convention.domain;

/** How a volunteer joined: the public form, or the code of an invitation letter. */
public enum Channel { FORM, INVITATION }
