//! Compressed sparse rows behind linfa's `Records` trait (linfa has no impl for sparse
//! matrices, so this newtype is how the classifier plugs into `Fit` and `Predict`).

use linfa::dataset::Records;

/// A CSR matrix of `f32` feature values; row `i` is one record.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SparseRecords {
    indptr: Vec<usize>,
    indices: Vec<u32>,
    values: Vec<f32>,
    n_features: usize,
}

impl SparseRecords {
    /// An empty matrix with `n_features` columns.
    pub fn new(n_features: usize) -> Self {
        SparseRecords {
            indptr: vec![0],
            indices: Vec::new(),
            values: Vec::new(),
            n_features,
        }
    }

    /// Appends a row; `entries` hold `(column, value)` with columns `< n_features`.
    pub fn push_row(&mut self, entries: &[(u32, f32)]) {
        for &(j, v) in entries {
            debug_assert!((j as usize) < self.n_features);
            self.indices.push(j);
            self.values.push(v);
        }
        self.indptr.push(self.indices.len());
    }

    /// Appends all rows of `other` (same width).
    pub fn extend(&mut self, other: &SparseRecords) {
        debug_assert_eq!(self.n_features, other.n_features);
        let base = self.indices.len();
        self.indices.extend_from_slice(&other.indices);
        self.values.extend_from_slice(&other.values);
        self.indptr
            .extend(other.indptr[1..].iter().map(|&p| p + base));
    }

    /// Builds a matrix from dense rows (tests and small problems).
    pub fn from_dense(rows: &ndarray::Array2<f64>) -> Self {
        let mut m = SparseRecords::new(rows.ncols());
        let mut entries = Vec::new();
        for row in rows.rows() {
            entries.clear();
            entries.extend(
                row.iter()
                    .enumerate()
                    .filter(|(_, v)| **v != 0.0)
                    .map(|(j, v)| (j as u32, *v as f32)),
            );
            m.push_row(&entries);
        }
        m
    }

    pub fn nrows(&self) -> usize {
        self.indptr.len() - 1
    }

    pub fn ncols(&self) -> usize {
        self.n_features
    }

    pub fn nnz(&self) -> usize {
        self.indices.len()
    }

    /// Column indices and values of row `i`.
    #[inline]
    pub fn row(&self, i: usize) -> (&[u32], &[f32]) {
        let (a, b) = (self.indptr[i], self.indptr[i + 1]);
        (&self.indices[a..b], &self.values[a..b])
    }

    /// The rows listed in `rows`, in that order.
    pub fn select(&self, rows: &[usize]) -> SparseRecords {
        let mut m = SparseRecords::new(self.n_features);
        for &i in rows {
            let (idx, val) = self.row(i);
            m.indices.extend_from_slice(idx);
            m.values.extend_from_slice(val);
            m.indptr.push(m.indices.len());
        }
        m
    }

    /// The transpose as (column pointers, row indices, values): column-major access for the
    /// gradient, computed once per fit.
    pub(crate) fn transpose(&self) -> (Vec<usize>, Vec<u32>, Vec<f32>) {
        let mut counts = vec![0usize; self.n_features + 1];
        for &j in &self.indices {
            counts[j as usize + 1] += 1;
        }
        for j in 0..self.n_features {
            counts[j + 1] += counts[j];
        }
        let colptr = counts.clone();
        let mut next = counts;
        let mut rows = vec![0u32; self.indices.len()];
        let mut vals = vec![0f32; self.indices.len()];
        for i in 0..self.nrows() {
            let (idx, val) = self.row(i);
            for (&j, &v) in idx.iter().zip(val) {
                let p = next[j as usize];
                rows[p] = i as u32;
                vals[p] = v;
                next[j as usize] += 1;
            }
        }
        (colptr, rows, vals)
    }
}

impl Records for SparseRecords {
    type Elem = f32;

    fn nsamples(&self) -> usize {
        self.nrows()
    }

    fn nfeatures(&self) -> usize {
        self.n_features
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_select_and_transpose() {
        let dense = ndarray::array![[1.0, 0.0, 2.0], [0.0, 3.0, 0.0], [4.0, 0.0, 0.0]];
        let m = SparseRecords::from_dense(&dense);
        assert_eq!(m.nrows(), 3);
        assert_eq!(m.row(0), (&[0u32, 2][..], &[1.0f32, 2.0][..]));
        let s = m.select(&[2, 0]);
        assert_eq!(s.row(0), (&[0u32][..], &[4.0f32][..]));
        let (colptr, rows, vals) = m.transpose();
        assert_eq!(colptr, [0, 2, 3, 4]);
        assert_eq!(rows, [0, 2, 1, 0]);
        assert_eq!(vals, [1.0, 4.0, 3.0, 2.0]);
    }
}
