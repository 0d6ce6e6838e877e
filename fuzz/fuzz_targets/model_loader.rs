//! Model loader on arbitrary bytes: never panics; a model it accepts can predict, and its
//! probabilities are finite and sum to 1.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stance::features::Input;
use stance::pipeline::Classifier;

fuzz_target!(|data: &[u8]| {
    let Ok(model) = Classifier::from_bytes(data, "fuzz") else {
        return;
    };
    for text in ["We welcome the withdrawal.", "", "not a betrayal, but risky"] {
        let p = model.predict(Input::text(text));
        assert_eq!(p.probabilities.len(), model.labels.len());
        assert!(p.label < model.labels.len());
        let sum: f32 = p.probabilities.iter().sum();
        assert!(
            p.probabilities.iter().all(|x| x.is_finite()) && (sum - 1.0).abs() < 1e-3,
            "bad probabilities {:?}",
            p.probabilities
        );
    }
});
