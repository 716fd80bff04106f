package org.parvis.spi.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A one-line text (a title, a subject, a name): besides what {@link SafeText} refuses
 * everywhere, line breaks and tabs are refused. Checked by the platform's edge validation.
 */
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE,
    ElementType.CONSTRUCTOR, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SingleLineValidator.class)
public @interface SingleLine {

  String message() default "must be one line of text, without control characters";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
