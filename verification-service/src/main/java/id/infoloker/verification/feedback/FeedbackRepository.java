package id.infoloker.verification.feedback;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackRepository extends JpaRepository<Feedback, UUID> {

    List<Feedback> findByStatusOrderByCreatedAtAsc(Feedback.Status status, Limit limit);
}
