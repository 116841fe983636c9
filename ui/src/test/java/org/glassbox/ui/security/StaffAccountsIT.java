package org.glassbox.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.glassbox.api.shared.Role;
import org.glassbox.ui.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Staff accounts: hashed passwords, roles as the command side sees them, disabled accounts count for nothing. */
class StaffAccountsIT extends IntegrationTest {
    @Autowired
    PasswordEncoder passwords;

    @Test
    void theDemoUsersExistWithTheRoleTheirNameSaysAndHashedPasswords() {
        assertThat(staff.rolesOf("investigator")).containsExactly(Role.INVESTIGATOR);
        assertThat(staff.rolesOf("supervisor2")).containsExactly(Role.SUPERVISOR);
        assertThat(staff.rolesOf("communications")).containsExactly(Role.COMMUNICATIONS);
        assertThat(staff.rolesOf("auditor")).containsExactly(Role.AUDITOR);
        assertThat(staff.rolesOf("admin")).containsExactly(Role.ADMIN);
        String hash = jdbc.queryForObject("SELECT password_hash FROM staff_account WHERE username = 'auditor'",
                String.class);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("demo");
        assertThat(passwords.matches("demo", hash)).isTrue();
        assertThat(staff.usernamesWith(Role.INVESTIGATOR)).contains("investigator", "investigator2")
                .doesNotContain("supervisor");
    }

    @Test
    void aDisabledOrUnknownAccountHasNoRoles() {
        String name = unique("gone");
        staff.createIfAbsent(name, "secret", "Gone", Set.of(Role.INVESTIGATOR));
        assertThat(staff.rolesOf(name)).containsExactly(Role.INVESTIGATOR);
        jdbc.update("UPDATE staff_account SET enabled = FALSE WHERE username = ?", name);
        assertThat(staff.rolesOf(name)).isEmpty();
        assertThat(staff.usernamesWith(Role.INVESTIGATOR)).doesNotContain(name);
        assertThat(staff.rolesOf("nobody-" + name)).isEmpty();
        assertThat(get(name, "/api/v1/cases").statusCode()).as("a disabled account cannot log in").isEqualTo(401);
    }
}
