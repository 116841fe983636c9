package org.glassbox.command.disclosure;

import java.util.Optional;

/**
 * Where the public registry is reached (https://notices.exchange.example): printed in every
 * published notice's PDF as its "verify this notice" link and QR code. A published notice never
 * changes, so a wrong address would be wrong forever: without one, nothing is published.
 */
public interface PublicAddress {

    /** The address without a trailing slash, or empty while none is configured. */
    Optional<String> base();
}
