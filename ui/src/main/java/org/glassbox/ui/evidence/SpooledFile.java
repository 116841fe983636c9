package org.glassbox.ui.evidence;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.glassbox.command.evidence.EvidenceIntake;
import org.springframework.web.multipart.MultipartFile;

/** A file part of an API upload, already in the evidence spool with its digest and size measured. */
record SpooledFile(String name, String originalFilename, String contentType, EvidenceIntake.Spooled spooled)
        implements MultipartFile {

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getOriginalFilename() {
        return originalFilename;
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public boolean isEmpty() {
        return spooled.size() == 0;
    }

    @Override
    public long getSize() {
        return spooled.size();
    }

    @Override
    public byte[] getBytes() throws IOException {
        return Files.readAllBytes(spooled.file());
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return Files.newInputStream(spooled.file());
    }

    @Override
    public void transferTo(File dest) throws IOException {
        transferTo(dest.toPath());
    }

    @Override
    public void transferTo(Path dest) throws IOException {
        Files.move(spooled.file(), dest, StandardCopyOption.REPLACE_EXISTING);
    }

    void delete() throws IOException {
        Files.deleteIfExists(spooled.file());
    }
}
