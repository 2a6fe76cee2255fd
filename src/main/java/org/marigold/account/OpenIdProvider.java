package org.marigold.account;

import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The district's OpenID Connect provider (Google Workspace, Microsoft 365 or any other), as configured:
 * {@code marigold.oidc.issuer}, {@code .client-id}, {@code .client-secret} and the name the login page gives it
 * ({@code .name}). Without an issuer, signing in that way is not offered. The provider's metadata is read from its
 * discovery document when first needed, and again after a failure.
 */
@Named
@ApplicationScoped
public class OpenIdProvider {

    @Inject
    @ConfigProperty(name = "marigold.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "marigold.oidc.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "marigold.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "marigold.oidc.name")
    Optional<String> name;

    private volatile OIDCProviderMetadata metadata;

    public boolean isEnabled() {
        return issuer.filter(i -> !i.isBlank()).isPresent() && clientId.filter(c -> !c.isBlank()).isPresent();
    }

    /** What the login page calls it ("Eastside School District"); empty for the page's own words. */
    public String getName() {
        return name.orElse("");
    }

    String issuer() {
        return issuer.orElseThrow();
    }

    String clientId() {
        return clientId.orElseThrow();
    }

    String clientSecret() {
        return clientSecret.orElse("");
    }

    /** The provider's endpoints and keys' address, from its discovery document. */
    OIDCProviderMetadata metadata() throws IOException, GeneralException {
        OIDCProviderMetadata known = metadata;
        if (known == null) {
            known = OIDCProviderMetadata.resolve(new Issuer(issuer()), 5_000, 5_000);
            metadata = known;
        }
        return known;
    }
}
