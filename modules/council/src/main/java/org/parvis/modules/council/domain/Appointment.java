package org.parvis.modules.council.domain;

/** How a member came to sit in the council. */
public enum Appointment { DESIGNATED, VOLUNTEER, DRAWN_BY_LOT }
