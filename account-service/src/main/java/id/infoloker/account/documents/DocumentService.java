package id.infoloker.account.documents;

import id.infoloker.identity.DocumentType;
import id.infoloker.account.accounts.Account;
import id.infoloker.account.accounts.AccountRepository;
import id.infoloker.account.shredding.AccountEvents;
import id.infoloker.events.AccountDocumentsSubmitted;
import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.Topics;
import id.infoloker.kit.outbox.Outbox;
import id.infoloker.kit.problem.ProblemException;
import id.infoloker.kit.security.AuthenticatedAccount;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploads, reads and submission of an account's documents. Changes lock the account row, so an upload and a
 * submission of one account never interleave. Every read of a document's content by staff is audited in the same
 * transaction as the read: no audit row, no content.
 */
@Service
public class DocumentService {

    private static final Logger log = LoggerFactory.getLogger(DocumentService.class);

    /** A document's content with its metadata. */
    public record Content(DocumentView document, byte[] bytes) {

        @Override
        public String toString() {
            return "Content[" + document + "]";
        }
    }

    private final AccountRepository accounts;
    private final Documents documents;
    private final DocumentStorage storage;
    private final SubmissionPolicy submissionPolicy;
    private final DocumentProperties properties;
    private final Outbox outbox;
    private final AccountEvents events;
    private final Clock clock;

    DocumentService(AccountRepository accounts, Documents documents, DocumentStorage storage,
                    SubmissionPolicy submissionPolicy, DocumentProperties properties, Outbox outbox, AccountEvents events,
                    Clock clock) {
        this.accounts = accounts;
        this.documents = documents;
        this.storage = storage;
        this.submissionPolicy = submissionPolicy;
        this.properties = properties;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    /** Checks the size before reading the content, then the format from the content's first bytes. */
    public void checkSize(long size) {
        if (size > properties.maxSize().toBytes()) {
            throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "document-too-large",
                    properties.maxSize().toBytes()).with("maxBytes", properties.maxSize().toBytes());
        }
    }

    @Transactional
    public DocumentView upload(UUID accountId, DocumentType type, byte[] content) {
        checkSize(content.length);
        if (content.length == 0) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "document-empty").onField("file");
        }
        DocumentFormat format = DocumentFormat.detect(content).orElseThrow(() -> new ProblemException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-document-format").onField("file"));
        Account account = ownAccount(accountId);
        List<DocumentType> required = DocumentType.requiredFor(account.type());
        if (!required.contains(type)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "document-type-not-allowed", names(required))
                    .onField("type").with("allowedDocumentTypes", required);
        }
        requireOpen(account);
        // One current document per type: the new upload replaces the old one, content included.
        documents.idOf(accountId, type).ifPresent(previous -> {
            documents.delete(previous);
            storage.delete(previous);
        });
        DocumentView document = new DocumentView(UUID.randomUUID(), type, format, format.mediaType(),
                content.length, Instant.now(clock));
        storage.store(document.id(), content);
        documents.insert(accountId, document, sha256(content));
        log.info("Account {} uploaded {} as {} ({} bytes), document {}", accountId, type, format, content.length,
                document.id());
        return document;
    }

    @Transactional(readOnly = true)
    public List<DocumentView> list(UUID accountId) {
        return documents.of(accountId);
    }

    /** The owner's own document; another account's document id is simply not found. */
    @Transactional(readOnly = true)
    public Content readOwn(UUID accountId, UUID documentId) {
        DocumentView document = documents.find(accountId, documentId).orElseThrow(DocumentService::notFound);
        return new Content(document, storage.read(document.id()).orElseThrow(DocumentService::notFound));
    }

    /** A verifier's or administrator's read: audited (who, what, when) before the content is handed out. */
    @Transactional
    public Content readAsStaff(AuthenticatedAccount reader, UUID ownerId, UUID documentId) {
        DocumentView document = documents.find(ownerId, documentId).orElseThrow(DocumentService::notFound);
        byte[] bytes = storage.read(document.id()).orElseThrow(DocumentService::notFound);
        documents.audit(ownerId, document, reader.id(), reader.roles(), Instant.now(clock));
        log.info("Staff account {} read document {} ({}) of account {}", reader.id(), document.id(),
                document.type(), ownerId);
        return new Content(document, bytes);
    }

    /** The current document of a type (metadata only), e.g. the CV an employer may open. */
    @Transactional(readOnly = true)
    public Optional<DocumentView> current(UUID ownerId, DocumentType type) {
        return documents.of(ownerId).stream().filter(document -> document.type() == type).findFirst();
    }

    /**
     * The current document of a type with its content, for a read the caller has authorised and audits in the same
     * transaction (an employer opening an applicant's CV).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Content> currentContent(UUID ownerId, DocumentType type) {
        return current(ownerId, type).flatMap(document -> storage.read(document.id())
                .map(bytes -> new Content(document, bytes)));
    }

    /**
     * Sends the documents for verification: {@code account.documents-submitted.v1} with a submission counter. A
     * re-submission after a revision request puts the account back to PENDING_VERIFICATION and says so with
     * {@code account.status-changed.v1}.
     */
    @Transactional
    public SubmissionAccepted submit(UUID accountId) {
        Account account = ownAccount(accountId);
        int submissions = requireOpen(account);
        List<DocumentType> required = DocumentType.requiredFor(account.type());
        Set<DocumentType> uploaded = documents.of(accountId).stream().map(DocumentView::type)
                .collect(Collectors.toSet());
        List<DocumentType> missing = required.stream().filter(type -> !uploaded.contains(type)).toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(HttpStatus.CONFLICT, "documents-missing", names(missing))
                    .with("missingDocumentTypes", missing);
        }
        Instant now = Instant.now(clock);
        int submission = submissions + 1;
        documents.insertSubmission(accountId, submission, required, now);
        outbox.publish(Topics.ACCOUNT_DOCUMENTS_SUBMITTED, accountId, new AccountDocumentsSubmitted(accountId,
                account.type(), required.stream().map(Enum::name).toList(), submission, now));
        if (account.status() == AccountStatus.REVISION_REQUESTED) {
            AccountStatus previous = account.resubmitted(now);
            events.statusChanged(new AccountStatusChanged(accountId,
                    account.type(), account.status(), previous, account.displayName(), null, null, List.of(), now));
        }
        log.info("Account {} submitted documents (submission {})", accountId, submission);
        return new SubmissionAccepted(submission, required, account.status());
    }

    @Transactional(readOnly = true)
    public List<StaffRead> staffReadsOf(UUID ownerId) {
        return documents.staffReadsOf(ownerId);
    }

    @Transactional(readOnly = true)
    public List<Submission> submissionsOf(UUID accountId) {
        return documents.submissionList(accountId);
    }

    /** Erasure (UU PDP): every document and its content go, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int eraseAllOf(UUID accountId) {
        List<UUID> ids = documents.deleteAllOf(accountId);
        ids.forEach(storage::delete);
        return ids.size();
    }

    private Account ownAccount(UUID accountId) {
        return accounts.findForUpdate(accountId)
                .filter(account -> account.status() != AccountStatus.ERASED)
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "account-not-found"));
    }

    /** @return submissions so far */
    private int requireOpen(Account account) {
        int submissions = documents.submissionsOf(account.id());
        if (submissionPolicy.decide(account.status(), submissions) != SubmissionPolicy.Decision.OPEN) {
            throw new ProblemException(HttpStatus.CONFLICT, "documents-locked").with("currentStatus", account.status());
        }
        return submissions;
    }

    private static String names(List<DocumentType> types) {
        return types.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static ProblemException notFound() {
        return new ProblemException(HttpStatus.NOT_FOUND, "document-not-found");
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
