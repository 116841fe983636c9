package org.glassbox.ui.security;

import java.util.List;
import java.util.Set;

import org.glassbox.api.shared.Actor;
import org.glassbox.api.shared.Role;
import org.glassbox.command.shared.StaffDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The staff who may log in, with their roles; also tells the command side who is an investigator. */
@Component
public class StaffAccounts implements UserDetailsService, StaffDirectory {
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;

    StaffAccounts(JdbcTemplate jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.query("SELECT username, password_hash, roles, enabled FROM staff_account WHERE username = ?",
                (rs, n) -> User.withUsername(rs.getString(1))
                        .password(rs.getString(2))
                        .authorities(Actor.parseRoles(rs.getString(3)).stream()
                                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList())
                        .disabled(!rs.getBoolean(4))
                        .build(), username)
                .stream().findFirst()
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    @Override
    public Set<Role> rolesOf(String username) {
        return jdbc.query("SELECT roles FROM staff_account WHERE username = ? AND enabled",
                (rs, n) -> Actor.parseRoles(rs.getString(1)), username).stream().findFirst().orElse(Set.of());
    }

    @Override
    public Set<String> names() {
        return Set.copyOf(jdbc.queryForList("SELECT display_name FROM staff_account", String.class));
    }

    /** Usernames of the enabled staff holding a role, alphabetically (for pickers such as "assign to"). */
    public List<String> usernamesWith(Role role) {
        return jdbc.queryForList("SELECT username, roles FROM staff_account WHERE enabled ORDER BY username")
                .stream()
                .filter(row -> Actor.parseRoles((String) row.get("roles")).contains(role))
                .map(row -> (String) row.get("username"))
                .toList();
    }

    /** Creates the account unless the username exists; the password is stored hashed. */
    public boolean createIfAbsent(String username, String rawPassword, String displayName, Set<Role> roles) {
        return jdbc.update("""
                INSERT INTO staff_account (username, password_hash, display_name, roles) VALUES (?, ?, ?, ?)
                ON CONFLICT (username) DO NOTHING""",
                username, passwords.encode(rawPassword), displayName, new Actor(username, roles).rolesText()) == 1;
    }
}
