package org.marigold.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.marigold.account.AccountService;
import org.marigold.account.ApiToken;
import org.marigold.account.CurrentUser;
import org.marigold.platform.NotFound;
import org.marigold.platform.Rejected;
import org.marigold.web.PageMessages;

@Named
@ViewScoped
public class TokensView implements Serializable {

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    private List<ApiToken> tokens;

    @NotBlank(message = "{token.name.required}")
    @Size(max = 80, message = "{token.name.tooLong}")
    private String tokenName;

    /** The secret of the token just created: shown on this page once, never again. */
    private String createdSecret;

    @PostConstruct
    void load() {
        tokens = accounts.tokens(currentUser.requireId());
    }

    public void create() {
        try {
            createdSecret = accounts.createToken(currentUser.requireId(), tokenName).secret();
            tokenName = null;
            load();
        } catch (Rejected rejected) {
            PageMessages.show(rejected, "create");
        }
    }

    public void revoke(long tokenId) {
        try {
            accounts.revokeToken(currentUser.requireId(), tokenId);
            PageMessages.info("token.revoked");
        } catch (NotFound gone) {
            PageMessages.error(null, "token.gone");
        }
        createdSecret = null;
        load();
    }

    public List<ApiToken> getTokens() {
        return tokens;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public String getCreatedSecret() {
        return createdSecret;
    }
}
