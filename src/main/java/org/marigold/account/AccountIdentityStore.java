package org.marigold.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Checks passwords and API tokens against the accounts in the database. The caller name it hands to the
 * container is the account id, which never changes when a person edits their e-mail or name.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** Everyone who has logged in. Community roles are checked by the services, per community. */
    public static final String SIGNED_IN = "user";

    @Inject
    AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential password) {
            return accounts.checkPassword(password.getCaller(), password.getPasswordAsString())
                    .map(AccountIdentityStore::valid)
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        }
        if (credential instanceof ApiTokenCredential token) {
            return accounts.accountForToken(token.secret())
                    .map(AccountIdentityStore::valid)
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        }
        if (credential instanceof ProvenAccountCredential proven) {
            return new CredentialValidationResult(Long.toString(proven.accountId()), Set.of(SIGNED_IN));
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    private static CredentialValidationResult valid(Account account) {
        return new CredentialValidationResult(account.getId().toString(), Set.of(SIGNED_IN));
    }

    /** Jakarta Security takes groups only from stores that provide them, so this store does both. */
    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        return Set.of(SIGNED_IN);
    }
}
