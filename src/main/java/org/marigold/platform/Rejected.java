package org.marigold.platform;

/**
 * A request that breaks a domain rule (duplicate e-mail, last admin leaving, expired invitation).
 * Carries a message bundle key, and optionally the form field it concerns, so pages show it next to the field.
 */
public class Rejected extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public Rejected(String messageKey, String field, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments;
    }

    public static Rejected because(String messageKey, Object... arguments) {
        return new Rejected(messageKey, null, arguments);
    }

    public static Rejected onField(String field, String messageKey, Object... arguments) {
        return new Rejected(messageKey, field, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The form field this concerns, or null for the whole form. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
